package vn.dangvu.people.record;

import java.util.List;

/** One page of the people list. */
record PersonPageJson(List<PersonRow> content, int page, int size, long totalElements, int totalPages) {

}
