package vn.dangvu.people.record;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import vn.dangvu.people.Sex;
import vn.dangvu.platform.text.VietnameseText;

/**
 * The labels of the catalogue values (sex, religion, education, theory level) in both
 * languages, and the reverse look-up: "Nữ", "nu", "FEMALE" and "Female" all read as
 * {@link Sex#FEMALE}.
 */
@Component
public class PersonCatalogue {

	static final Locale VI = Locale.forLanguageTag("vi");

	private final MessageSource messages;

	private final Map<Class<?>, Map<String, Enum<?>>> byText = new HashMap<>();

	public PersonCatalogue(MessageSource messages) {
		this.messages = messages;
		register(Sex.class, "person.sex.");
		register(Religion.class, "person.religion.");
		register(GeneralEducation.class, "person.generalEducation.");
		register(ProfessionalLevel.class, "person.professionalLevel.");
		register(TheoryLevel.class, "person.theoryLevel.");
		this.byText.get(Religion.class).putIfAbsent(fold("khác"), Religion.OTHER);
	}

	private <E extends Enum<E>> void register(Class<E> type, String prefix) {
		Map<String, Enum<?>> map = new HashMap<>();
		for (E e : type.getEnumConstants()) {
			map.put(fold(e.name()), e);
			for (Locale locale : new Locale[] { VI, Locale.ENGLISH }) {
				String label = this.messages.getMessage(prefix + e.name(), null, e.name(), locale);
				map.put(fold(label), e);
				if (label.contains(" (")) {
					map.putIfAbsent(fold(label.substring(0, label.indexOf(" ("))), e);
				}
			}
		}
		this.byText.put(type, map);
	}

	@SuppressWarnings("unchecked")
	public <E extends Enum<E>> Optional<E> find(Class<E> type, String text) {
		return Optional.ofNullable((E) this.byText.get(type).get(fold(text)));
	}

	/** The Vietnamese label, as written into spreadsheets. */
	public String label(Enum<?> value) {
		if (value == null) {
			return "";
		}
		return this.messages.getMessage(prefixOf(value) + value.name(), null, value.name(), VI);
	}

	private static String prefixOf(Enum<?> value) {
		String simple = value.getDeclaringClass().getSimpleName();
		return "person." + Character.toLowerCase(simple.charAt(0)) + simple.substring(1) + ".";
	}

	private static String fold(String text) {
		return VietnameseText.fold(text).replace('_', ' ').replaceAll("[\\s\\-]+", " ");
	}

}
