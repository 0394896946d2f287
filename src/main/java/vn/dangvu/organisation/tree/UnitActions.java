package vn.dangvu.organisation.tree;

/** Which changes the caller may make to one unit, for showing buttons. */
record UnitActions(boolean rename, boolean move, boolean close, boolean merge, boolean createChild) {

	public boolean any() {
		return this.rename || this.move || this.close || this.merge || this.createChild;
	}

}
