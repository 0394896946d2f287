package vn.dangvu.people;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The 12-digit citizen identity number (căn cước công dân, Thông tư 07/2016/TT-BCA):
 * three digits of the province of birth registration, one digit for century and sex, two
 * for the year of birth, six serial digits.
 */
public record Cccd(String value) {

	private static final Pattern TWELVE_DIGITS = Pattern.compile("\\d{12}");

	/** Province codes used in CCCD numbers (the 63 provinces before the 2025 merger). */
	public static final Map<String, String> PROVINCES = Map.ofEntries(Map.entry("001", "Hà Nội"),
			Map.entry("002", "Hà Giang"), Map.entry("004", "Cao Bằng"), Map.entry("006", "Bắc Kạn"),
			Map.entry("008", "Tuyên Quang"), Map.entry("010", "Lào Cai"), Map.entry("011", "Điện Biên"),
			Map.entry("012", "Lai Châu"), Map.entry("014", "Sơn La"), Map.entry("015", "Yên Bái"),
			Map.entry("017", "Hòa Bình"), Map.entry("019", "Thái Nguyên"), Map.entry("020", "Lạng Sơn"),
			Map.entry("022", "Quảng Ninh"), Map.entry("024", "Bắc Giang"), Map.entry("025", "Phú Thọ"),
			Map.entry("026", "Vĩnh Phúc"), Map.entry("027", "Bắc Ninh"), Map.entry("030", "Hải Dương"),
			Map.entry("031", "Hải Phòng"), Map.entry("033", "Hưng Yên"), Map.entry("034", "Thái Bình"),
			Map.entry("035", "Hà Nam"), Map.entry("036", "Nam Định"), Map.entry("037", "Ninh Bình"),
			Map.entry("038", "Thanh Hóa"), Map.entry("040", "Nghệ An"), Map.entry("042", "Hà Tĩnh"),
			Map.entry("044", "Quảng Bình"), Map.entry("045", "Quảng Trị"), Map.entry("046", "Thừa Thiên Huế"),
			Map.entry("048", "Đà Nẵng"), Map.entry("049", "Quảng Nam"), Map.entry("051", "Quảng Ngãi"),
			Map.entry("052", "Bình Định"), Map.entry("054", "Phú Yên"), Map.entry("056", "Khánh Hòa"),
			Map.entry("058", "Ninh Thuận"), Map.entry("060", "Bình Thuận"), Map.entry("062", "Kon Tum"),
			Map.entry("064", "Gia Lai"), Map.entry("066", "Đắk Lắk"), Map.entry("067", "Đắk Nông"),
			Map.entry("068", "Lâm Đồng"), Map.entry("070", "Bình Phước"), Map.entry("072", "Tây Ninh"),
			Map.entry("074", "Bình Dương"), Map.entry("075", "Đồng Nai"), Map.entry("077", "Bà Rịa - Vũng Tàu"),
			Map.entry("079", "Hồ Chí Minh"), Map.entry("080", "Long An"), Map.entry("082", "Tiền Giang"),
			Map.entry("083", "Bến Tre"), Map.entry("084", "Trà Vinh"), Map.entry("086", "Vĩnh Long"),
			Map.entry("087", "Đồng Tháp"), Map.entry("089", "An Giang"), Map.entry("091", "Kiên Giang"),
			Map.entry("092", "Cần Thơ"), Map.entry("093", "Hậu Giang"), Map.entry("094", "Sóc Trăng"),
			Map.entry("095", "Bạc Liêu"), Map.entry("096", "Cà Mau"));

	/**
	 * Why a number is refused; each is a message key {@code cccd.<name>} shown to the
	 * user.
	 */
	public enum Problem {

		FORMAT, PROVINCE, CENTURY_SEX, BIRTH_YEAR

	}

	public Cccd {
		if (value == null || !TWELVE_DIGITS.matcher(value).matches()) {
			throw new IllegalArgumentException("CCCD must be 12 digits");
		}
	}

	/**
	 * The problems of a candidate number against the holder's birth date and sex (empty =
	 * valid).
	 */
	public static List<Problem> check(String candidate, LocalDate birthDate, Sex sex) {
		List<Problem> problems = new ArrayList<>();
		String v = candidate == null ? "" : candidate.strip();
		if (!TWELVE_DIGITS.matcher(v).matches()) {
			problems.add(Problem.FORMAT);
			return problems;
		}
		if (!PROVINCES.containsKey(v.substring(0, 3))) {
			problems.add(Problem.PROVINCE);
		}
		if (birthDate != null && sex != null) {
			int digit = v.charAt(3) - '0';
			if (digit != centurySexDigit(birthDate.getYear(), sex)) {
				problems.add(Problem.CENTURY_SEX);
			}
			if (Integer.parseInt(v.substring(4, 6)) != birthDate.getYear() % 100) {
				problems.add(Problem.BIRTH_YEAR);
			}
		}
		return problems;
	}

	/** 0/1 for men/women born 1900–1999, 2/3 for 2000–2099, and so on each century. */
	public static int centurySexDigit(int year, Sex sex) {
		int century = Math.floorDiv(year, 100) - 19;
		int base = Math.floorMod(century, 5) * 2;
		return base + (sex == Sex.FEMALE ? 1 : 0);
	}

	/** Composes a valid number (for demo data and tests) from its parts. */
	public static Cccd compose(String provinceCode, LocalDate birthDate, Sex sex, int serial) {
		if (!PROVINCES.containsKey(provinceCode)) {
			throw new IllegalArgumentException("unknown province " + provinceCode);
		}
		return new Cccd(String.format("%s%d%02d%06d", provinceCode, centurySexDigit(birthDate.getYear(), sex),
				birthDate.getYear() % 100, Math.floorMod(serial, 1_000_000)));
	}

	public static Optional<String> provinceName(String value) {
		return value == null || value.length() < 3 ? Optional.empty()
				: Optional.ofNullable(PROVINCES.get(value.substring(0, 3)));
	}

}
