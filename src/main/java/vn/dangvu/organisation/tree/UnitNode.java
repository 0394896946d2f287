package vn.dangvu.organisation.tree;

import vn.dangvu.organisation.UnitDto;

/** A unit in the tree browser with the number of its (visible) sub-units. */
record UnitNode(UnitDto unit, long childCount) {

}
