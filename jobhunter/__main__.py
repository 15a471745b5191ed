from jobhunter.cli import main

raise SystemExit(main())
