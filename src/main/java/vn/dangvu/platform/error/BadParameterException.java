package vn.dangvu.platform.error;

import org.springframework.http.HttpStatus;

/**
 * A request parameter or a JSON value no code should see: a control character (a NUL, an
 * escape), or a blank item in a list of numbers or names. Refused as a 400 on its field
 * before the handler runs. PostgreSQL cannot store a NUL in text, and reporting its
 * refusal as a conflict misleads; a blank item would become a {@code null} element.
 */
public class BadParameterException extends DomainException {

	private BadParameterException(String field, String messageKey) {
		super(HttpStatus.BAD_REQUEST, field, messageKey, field);
	}

	public static BadParameterException controlIn(String parameter) {
		return new BadParameterException(parameter, "error.param.control");
	}

	public static BadParameterException blankItemIn(String parameter) {
		return new BadParameterException(parameter, "error.param.blankItem");
	}

	public static BadParameterException controlInBody(String path) {
		return new BadParameterException(path, "error.text.control");
	}

}
