package vn.dangvu.programme;

import java.util.List;

/** One page of programmes with the total that matched. */
public record ProgrammePage(List<ProgrammeSummary> items, int page, int size, long total) {

}
