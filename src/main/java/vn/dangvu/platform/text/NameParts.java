package vn.dangvu.platform.text;

import java.util.List;
import java.util.Random;

/**
 * Common Vietnamese middle and given names, by sex, for the generated people of the demo
 * data and of the benchmark data set (the same names in both). A part repeated in a list
 * is drawn more often.
 */
public final class NameParts {

	public static final List<String> MALE_MIDDLE = List.of("Văn", "Văn", "Văn", "Đức", "Minh", "Quang", "Hữu", "Xuân",
			"Thanh", "Ngọc", "Công", "Đình", "Trọng", "Mạnh", "Duy", "Anh", "Tuấn", "Hoàng", "Quốc", "Trung");

	public static final List<String> FEMALE_MIDDLE = List.of("Thị", "Thị", "Thị", "Thị", "Thu", "Ngọc", "Thanh", "Minh",
			"Thùy", "Phương", "Hồng", "Kim", "Diệu", "Hải", "Bích", "Mai", "Khánh");

	public static final List<String> MALE_GIVEN = List.of("Hùng", "Dũng", "Cường", "Tuấn", "Hải", "Long", "Nam", "Sơn",
			"Thắng", "Quân", "Hiếu", "Trung", "Đức", "Minh", "Huy", "Khánh", "Phong", "Toàn", "Thành", "Bình", "Tùng",
			"Vinh", "Hoàng", "Kiên", "Lâm", "Phúc", "Tâm", "Việt", "Hưng", "Đạt", "Thịnh", "Quang", "Nghĩa", "Lộc",
			"Anh");

	public static final List<String> FEMALE_GIVEN = List.of("Hương", "Lan", "Hà", "Linh", "Trang", "Thảo", "Mai",
			"Hằng", "Nga", "Hoa", "Huyền", "Ngọc", "Phương", "Thủy", "Yến", "Dung", "Nhung", "Vân", "Loan", "Oanh",
			"Hạnh", "Quỳnh", "Anh", "Giang", "Hiền", "Trâm", "Thư", "Vy", "Liên", "Chi");

	private NameParts() {
	}

	/** One part of the list, each entry equally likely (one draw of the random). */
	public static String pick(Random random, List<String> parts) {
		return parts.get(random.nextInt(parts.size()));
	}

}
