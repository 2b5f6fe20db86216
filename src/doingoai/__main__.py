"""``python -m doingoai ...``: the same command line as the ``doingoai`` script (a virtual environment whose
scripts are not on the PATH, or several Pythons side by side)."""

from doingoai.cli import main

main(prog_name="doingoai")
