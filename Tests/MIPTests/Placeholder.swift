// Keeps the MIPTests target buildable until its own tests land; delete it then.
