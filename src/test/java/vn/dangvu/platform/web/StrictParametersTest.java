package vn.dangvu.platform.web;

import org.junit.jupiter.api.Test;

import org.springframework.core.convert.ConversionFailedException;
import org.springframework.core.convert.TypeDescriptor;
import org.springframework.format.support.DefaultFormattingConversionService;

import vn.dangvu.organisation.UnitKind;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The strict enum converter on its own: Spring's default trims every character up to a
 * space, so {@code "\u0000CELL"} would read as {@code CELL}.
 */
class StrictParametersTest {

	private final DefaultFormattingConversionService conversion = new DefaultFormattingConversionService();

	StrictParametersTest() {
		new StrictParameters().addFormatters(this.conversion);
	}

	private Object convert(String value, TypeDescriptor type) {
		return this.conversion.convert(value, TypeDescriptor.valueOf(String.class), type);
	}

	@Test
	void anEnumValueIsItsExactName() {
		TypeDescriptor kind = TypeDescriptor.valueOf(UnitKind.class);
		for (String bad : new String[] { "cell", "Cell", " ", "\u0000", "CELL\u0000", "\u0000CELL", "PLANET" }) {
			assertThatThrownBy(() -> convert(bad, kind)).as(bad).isInstanceOf(ConversionFailedException.class);
		}
		assertThat(convert("", kind)).isNull();
		assertThat(convert("CELL", kind)).isEqualTo(UnitKind.CELL);
	}

}
