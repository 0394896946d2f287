package vn.dangvu.organisation.tree;

import java.util.List;

import vn.dangvu.organisation.UnitDto;

/** One page of units. */
record UnitPage(List<UnitDto> items, int page, int size, long total) {

}
