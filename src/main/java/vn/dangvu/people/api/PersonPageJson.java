package vn.dangvu.people.api;

import java.util.List;

import vn.dangvu.people.domain.PersonRow;

/** One page of the people list. */
record PersonPageJson(List<PersonRow> content, int page, int size, long totalElements, int totalPages) {

}
