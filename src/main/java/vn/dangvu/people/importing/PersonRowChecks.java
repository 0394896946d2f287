package vn.dangvu.people.importing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import lombok.RequiredArgsConstructor;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import vn.dangvu.organisation.UnitScope;
import vn.dangvu.people.record.PeopleUnits;
import vn.dangvu.people.record.PersonDraft;
import vn.dangvu.people.record.PersonInput;
import vn.dangvu.people.record.PersonRejected;
import vn.dangvu.people.record.PersonService;
import vn.dangvu.platform.policy.Verdict;
import vn.dangvu.platform.security.Caller;

/**
 * One spreadsheet row of a {@link PersonImports} job turned into a person draft: unit
 * codes looked up in the caller's scope, the same rules as the form, a CCCD repeated in
 * the file; and every refusal said as a {@link RowError} at its row and column.
 */
@Component
@RequiredArgsConstructor
class PersonRowChecks {

	private final PersonSheet sheet;

	private final PersonInput input;

	private final PersonService people;

	private final PeopleUnits units;

	private final MessageSource messages;

	/** A row that passed every check, with the draft to write. */
	record Checked(PersonSheet.ParsedRow row, PersonDraft draft) {
	}

	/**
	 * Checks a row; a valid one is added to {@code valid}.
	 * @param seenCccd the row where each CCCD was first seen in the file
	 * @param unitCodes the units already looked up, by lower-case code
	 * @return the row's errors, empty for a valid row
	 */
	List<RowError> check(Caller caller, UnitScope scope, PersonSheet.ParsedRow row, Map<String, Integer> seenCccd,
			Map<String, Optional<Long>> unitCodes, List<Checked> valid) {
		List<RowError> errors = new ArrayList<>();
		Map<String, Object> values = new LinkedHashMap<>(row.values());
		for (var code : row.unitCodes().entrySet()) {
			Optional<Long> unitId = unitCodes.computeIfAbsent(code.getValue().toLowerCase(Locale.ROOT),
					(c) -> this.units.findByCode(c).filter((u) -> scope.covers(u.path())).map((u) -> u.id()));
			if (unitId.isPresent()) {
				values.put(code.getKey().field, unitId.get());
			}
			else {
				errors.add(error(row.row(), code.getKey(), "person.import.unitCode.unknown", code.getValue()));
			}
		}
		PersonInput.Result read = this.input.read(values, PersonDraft.empty());
		List<Verdict> violations = new ArrayList<>(read.violations());
		if (read.ok()) {
			violations.addAll(this.people.checkNew(caller, read.draft()));
		}
		for (Verdict v : violations) {
			SheetColumn column = SheetColumn.ofField(v.field());
			if (column != null && column.isUnit() && row.unitCodes().containsKey(column)
					&& !values.containsKey(column.field)) {
				continue; // already reported as an unknown code
			}
			errors.add(error(row.row(), column, v.messageKey(), v.args().toArray()));
		}
		String cccd = read.draft().cccd() == null ? null : read.draft().cccd().replaceAll("\\s", "");
		if (cccd != null) {
			Integer first = seenCccd.putIfAbsent(cccd, row.row());
			if (first != null) {
				errors.add(error(row.row(), SheetColumn.CCCD, "person.import.cccd.repeated", first));
			}
		}
		if (errors.isEmpty()) {
			valid.add(new Checked(row, read.draft()));
		}
		return errors;
	}

	/** The reasons a checked row was refused on writing (a CCCD registered meanwhile). */
	void refused(Checked checked, PersonRejected rejected, List<RowError> errors) {
		for (Verdict v : rejected.violations()) {
			errors.add(error(checked.row().row(), SheetColumn.ofField(v.field()), v.messageKey(), v.args().toArray()));
		}
	}

	private RowError error(int row, SheetColumn column, String key, Object... args) {
		String message = this.messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
		return column == null ? new RowError(row, "", "", message)
				: new RowError(row, column.letter(), this.sheet.header(column), message);
	}

}
