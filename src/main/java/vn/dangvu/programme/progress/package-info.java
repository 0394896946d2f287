/**
 * Progress of a programme (issue 12, decision 0272): owners record their status and
 * percent with history, indicators get actual values by period, the roll-up rule turns
 * them into percents of a task, an area, the programme and a unit with overdue and
 * at-risk counts, and the board and charts show them.
 */
package vn.dangvu.programme.progress;
