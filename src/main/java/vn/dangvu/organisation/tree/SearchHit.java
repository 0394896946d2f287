package vn.dangvu.organisation.tree;

import java.util.List;

import vn.dangvu.organisation.UnitDto;

/** A unit found by search, with the visible ancestors above it. */
record SearchHit(UnitDto unit, List<Crumb> trail) {

	public SearchHit {
		trail = List.copyOf(trail);
	}

}
