package vn.dangvu.platform.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.converter.Converter;
import org.springframework.core.convert.converter.ConverterFactory;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Request parameters are read strictly, in one place for every controller: an enum value
 * must be one of the constant names exactly ({@code PARTY}, not {@code party}, not a
 * NUL), a conversion failure the API answers 400 with a field error and pages with the
 * 400 page; no parameter may carry a control character and no list of numbers or enum
 * values a blank item ({@link ControlCharacters}, decision 0170).
 */
@Configuration(proxyBeanMethods = false)
class StrictParameters implements WebMvcConfigurer {

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new ControlCharacters.Parameters())
			.excludePathPatterns("/webjars/**", "/css/**", "/js/**", "/images/**", "/favicon.ico");
	}

	@Override
	public void addFormatters(FormatterRegistry registry) {
		// added after Spring's defaults, so it wins for String → enum
		registry.addConverterFactory(new EnumNames());
	}

	/** An enum constant by its exact name; an empty parameter is "not given". */
	@SuppressWarnings({ "rawtypes", "unchecked" })
	static final class EnumNames implements ConverterFactory<String, Enum> {

		@Override
		public <T extends Enum> Converter<String, T> getConverter(Class<T> targetType) {
			Class<?> type = targetType;
			while (type != null && !type.isEnum()) {
				type = type.getSuperclass();
			}
			Class<?> enumType = type;
			return (source) -> {
				if (source.isEmpty()) {
					return null;
				}
				String name = source.strip();
				for (Object constant : enumType.getEnumConstants()) {
					if (((Enum) constant).name().equals(name)) {
						return (T) constant;
					}
				}
				throw new IllegalArgumentException("Not a " + enumType.getSimpleName() + " name");
			};
		}

	}

}
