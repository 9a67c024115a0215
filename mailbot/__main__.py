from .cli import main

if __name__ == "__main__":  # not when multiprocessing imports it in the sending process
    raise SystemExit(main())
