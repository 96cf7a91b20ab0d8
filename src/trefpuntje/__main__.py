from trefpuntje.cli import main

raise SystemExit(main())
