from .cli import main

if __name__ == "__main__":  # only when run, never when imported
    raise SystemExit(main())
