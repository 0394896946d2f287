package vn.dangvu.rules;

/** A rule's name, type and unit of measure, in both languages. */
public record RuleDefinition(String key, RuleType type, String topic, String nameVi, String nameEn, String unitVi,
		String unitEn) {

	public String name(java.util.Locale locale) {
		return "en".equals(locale.getLanguage()) ? this.nameEn : this.nameVi;
	}

	public String unit(java.util.Locale locale) {
		return "en".equals(locale.getLanguage()) ? this.unitEn : this.unitVi;
	}

}
