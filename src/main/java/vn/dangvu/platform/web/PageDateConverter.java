package vn.dangvu.platform.web;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Set;

import org.springframework.core.convert.TypeDescriptor;
import org.springframework.core.convert.converter.ConditionalGenericConverter;
import org.springframework.format.annotation.DateTimeFormat;

import vn.dangvu.platform.time.PageDates;

/**
 * Dates on pages: reads and prints dd/MM/yyyy (MM/yyyy for a month) through
 * {@link PageDates}. It steps aside where a parameter says its own format with
 * {@code @DateTimeFormat}, which is how the JSON API keeps ISO dates.
 */
class PageDateConverter implements ConditionalGenericConverter {

	@Override
	public Set<ConvertiblePair> getConvertibleTypes() {
		return Set.of(new ConvertiblePair(String.class, LocalDate.class),
				new ConvertiblePair(LocalDate.class, String.class), new ConvertiblePair(String.class, YearMonth.class),
				new ConvertiblePair(YearMonth.class, String.class));
	}

	@Override
	public boolean matches(TypeDescriptor sourceType, TypeDescriptor targetType) {
		return !sourceType.hasAnnotation(DateTimeFormat.class) && !targetType.hasAnnotation(DateTimeFormat.class);
	}

	@Override
	public Object convert(Object source, TypeDescriptor sourceType, TypeDescriptor targetType) {
		if (source == null) {
			return null;
		}
		if (source instanceof LocalDate day) {
			return PageDates.format(day);
		}
		if (source instanceof YearMonth month) {
			return PageDates.format(month);
		}
		String text = (String) source;
		return (targetType.getType() == YearMonth.class) ? PageDates.parseMonth(text) : PageDates.parse(text);
	}

}
