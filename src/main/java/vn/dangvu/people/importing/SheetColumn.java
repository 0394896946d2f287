package vn.dangvu.people.importing;

import java.util.List;

/**
 * The columns of the people spreadsheet, in order (A, B, …): the person field each fills
 * and the message keys of its header and of its explanation on the "Hướng dẫn" sheet.
 * Columns A–O are those of the published template; P and Q were added later at the end so
 * that older files still read.
 */
enum SheetColumn {

	FULL_NAME("fullName"), BIRTH_DATE("birthDate"), SEX("sex"), CCCD("cccd"), ETHNICITY("ethnicity"),
	RELIGION("religion"), GENERAL_EDUCATION("generalEducation"), THEORY_LEVEL("theoryLevel"), JOB_TITLE("jobTitle"),
	WORK_UNIT("workUnitId"), PARTY_UNIT("partyUnitId"), UNION_UNIT("unionUnitId"), YOUTH_UNIT("youthUnitId"),
	PHONE("phone"), EMAIL("email"), PROFESSIONAL_LEVEL("professionalLevel"), ADDRESS("address");

	static final List<SheetColumn> ALL = List.of(values());

	final String field;

	SheetColumn(String field) {
		this.field = field;
	}

	String letter() {
		return String.valueOf((char) ('A' + ordinal()));
	}

	String headerKey() {
		return "person.sheet.header." + this.field;
	}

	String helpKey() {
		return "person.sheet.help." + this.field;
	}

	boolean isUnit() {
		return this.field.endsWith("UnitId");
	}

	static SheetColumn ofField(String field) {
		for (SheetColumn c : ALL) {
			if (c.field.equals(field)) {
				return c;
			}
		}
		return null;
	}

}
