package vn.dangvu.platform.web;

import java.time.LocalDate;
import java.time.YearMonth;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.std.StdScalarDeserializer;
import tools.jackson.databind.ext.javatime.deser.LocalDateDeserializer;
import tools.jackson.databind.ext.javatime.deser.YearMonthDeserializer;
import tools.jackson.databind.module.SimpleModule;

import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * JSON is read as it is written in our API documents: a date only as a
 * {@code "YYYY-MM-DD"} string (Jackson would take {@code 0} as 1970-01-01 and
 * {@code [2025,1,1]} as a date), a month only as {@code "YYYY-MM"}, and an id or a count
 * only as an integer ({@code 4.7} is refused, not truncated to 4). A refused value is a
 * 400 with the JSON path as the field (decision 0170).
 */
@Configuration(proxyBeanMethods = false)
class StrictJson {

	@Bean
	JsonMapperBuilderCustomizer strictJsonInput() {
		SimpleModule strict = new SimpleModule("dangvu-strict-input");
		strict.addDeserializer(LocalDate.class, new StringOnly<>(LocalDate.class, LocalDateDeserializer.INSTANCE));
		strict.addDeserializer(YearMonth.class, new StringOnly<>(YearMonth.class, YearMonthDeserializer.INSTANCE));
		return (builder) -> builder.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT).addModule(strict);
	}

	/** Reads the value with Jackson's own deserializer, but only from a JSON string. */
	static final class StringOnly<T> extends StdScalarDeserializer<T> {

		private final ValueDeserializer<?> strings;

		StringOnly(Class<T> type, ValueDeserializer<?> strings) {
			super(type);
			this.strings = strings;
		}

		@Override
		@SuppressWarnings("unchecked")
		public T deserialize(JsonParser p, DeserializationContext ctxt) {
			if (p.hasToken(JsonToken.VALUE_STRING)) {
				return (T) this.strings.deserialize(p, ctxt);
			}
			return (T) ctxt.handleUnexpectedToken(handledType(), p);
		}

	}

}
