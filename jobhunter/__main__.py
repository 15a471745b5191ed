import multiprocessing

from jobhunter.cli import main

if __name__ == "__main__":  # a spawned worker process imports this module too: run nothing
    multiprocessing.freeze_support()  # a frozen build starts its worker processes here
    raise SystemExit(main())
