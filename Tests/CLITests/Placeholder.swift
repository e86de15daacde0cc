// Keeps the CLITests target buildable until its own tests land; delete it then.
