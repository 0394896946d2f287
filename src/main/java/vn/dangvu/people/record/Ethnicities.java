package vn.dangvu.people.record;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import vn.dangvu.platform.text.VietnameseText;

/**
 * The 54 ethnic groups of Vietnam in the order of the General Statistics Office list
 * (Quyết định 121-TCTK/PPCĐ); their names are proper nouns, the same in every language,
 * and are stored as written here.
 */
public final class Ethnicities {

	public static final String DEFAULT = "Kinh";

	public static final List<String> ALL = List.of("Kinh", "Tày", "Thái", "Hoa", "Khơ Me", "Mường", "Nùng", "Mông",
			"Dao", "Gia Rai", "Ngái", "Ê Đê", "Ba Na", "Xơ Đăng", "Sán Chay", "Cơ Ho", "Chăm", "Sán Dìu", "Hrê",
			"Mnông", "Ra Glai", "Xtiêng", "Bru - Vân Kiều", "Thổ", "Giáy", "Cơ Tu", "Giẻ Triêng", "Mạ", "Khơ Mú", "Co",
			"Tà Ôi", "Chơ Ro", "Kháng", "Xinh Mun", "Hà Nhì", "Chu Ru", "Lào", "La Chí", "La Ha", "Phù Lá", "La Hủ",
			"Lự", "Lô Lô", "Chứt", "Mảng", "Pà Thẻn", "Cờ Lao", "Cống", "Bố Y", "Si La", "Pu Péo", "Brâu", "Ơ Đu",
			"Rơ Măm");

	private static final Map<String, String> BY_KEY = new LinkedHashMap<>();

	static {
		for (String name : ALL) {
			BY_KEY.put(key(name), name);
		}
		// Spellings seen on older forms.
		BY_KEY.put(key("Khmer"), "Khơ Me");
		BY_KEY.put(key("Khơ-me"), "Khơ Me");
		BY_KEY.put(key("H'Mông"), "Mông");
		BY_KEY.put(key("Hmông"), "Mông");
		BY_KEY.put(key("Ê-đê"), "Ê Đê");
		BY_KEY.put(key("Gia-rai"), "Gia Rai");
		BY_KEY.put(key("Bru Vân Kiều"), "Bru - Vân Kiều");
		BY_KEY.put(key("Stiêng"), "Xtiêng");
		BY_KEY.put(key("Cơ Lao"), "Cờ Lao");
	}

	private Ethnicities() {
	}

	/** The catalogue name for what a person typed, ignoring case, marks and hyphens. */
	public static Optional<String> find(String text) {
		if (text == null || text.isBlank()) {
			return Optional.empty();
		}
		return Optional.ofNullable(BY_KEY.get(key(text)));
	}

	private static String key(String name) {
		return VietnameseText.fold(name).replaceAll("[^a-z0-9]", "");
	}

}
