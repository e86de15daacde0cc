// Keeps the GLPKSolverTests target buildable until its own tests land; delete it then.
