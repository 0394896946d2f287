package vn.dangvu.platform.web;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.context.support.StaticMessageSource;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.mvc.support.RedirectAttributesModelMap;

import vn.dangvu.platform.error.ConflictException;
import vn.dangvu.platform.error.DomainException;
import vn.dangvu.platform.error.NotFoundException;
import vn.dangvu.platform.error.NotPermittedException;
import vn.dangvu.platform.error.RuleViolationException;
import vn.dangvu.platform.text.Messages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class PageFormsTest {

	private final StaticMessageSource source = new StaticMessageSource();

	private final PageForms forms;

	private final MockHttpServletResponse response = new MockHttpServletResponse();

	private final BindingResult binding = new BeanPropertyBindingResult(new Form(), "form");

	PageFormsTest() {
		this.source.setUseCodeAsDefaultMessage(false);
		this.source.addMessage("code.taken", java.util.Locale.getDefault(), "Mã {0} đã có");
		this.source.addMessage("code.taken", new java.util.Locale("vi"), "Mã {0} đã có");
		this.forms = new PageForms(Messages.strict(this.source));
	}

	@BeforeEach
	void request() {
		RequestContextHolder
			.setRequestAttributes(new ServletRequestAttributes(new MockHttpServletRequest(), this.response));
	}

	@AfterEach
	void clear() {
		RequestContextHolder.resetRequestAttributes();
	}

	@Test
	void aWriteThatSucceedsReturnsItsView() {
		assertThat(this.forms.submit(this.binding, () -> "redirect:/units/1", () -> "units/form"))
			.isEqualTo("redirect:/units/1");
		assertThat(this.binding.hasErrors()).isFalse();
		assertThat(this.response.getStatus()).isEqualTo(200);
	}

	@Test
	void aRuleViolationOnAFieldIsShownOnThatFieldWith422() {
		String view = this.forms.submit(this.binding, () -> {
			throw RuleViolationException.onField("code", "code.taken", "CB-1");
		}, () -> "units/form");
		assertThat(view).isEqualTo("units/form");
		assertThat(this.response.getStatus()).isEqualTo(422);
		assertThat(this.binding.getFieldError("code")).isNotNull();
		assertThat(this.binding.getFieldError("code").getCode()).isEqualTo("code.taken");
		assertThat(this.binding.getFieldError("code").getArguments()).containsExactly("CB-1");
	}

	@Test
	void aConflictOnAnUnknownFieldIsAGlobalErrorWith409() {
		this.forms.submit(this.binding, () -> {
			throw new ConflictException("nosuchfield", "code.taken", "CB-1");
		}, () -> "units/form");
		assertThat(this.response.getStatus()).isEqualTo(409);
		assertThat(this.binding.getGlobalError()).isNotNull();
		assertThat(this.binding.getGlobalError().getCode()).isEqualTo("code.taken");
	}

	@Test
	void theStatusCanStay200() {
		this.forms.submitKeepingStatus(this.binding, () -> {
			throw new RuleViolationException("code.taken", "CB-1");
		}, () -> "units/form");
		assertThat(this.response.getStatus()).isEqualTo(200);
		assertThat(this.binding.getGlobalErrorCount()).isEqualTo(1);
	}

	@Test
	void notFoundAndNotPermittedGoOnToTheErrorPage() {
		assertThatExceptionOfType(NotFoundException.class).isThrownBy(() -> this.forms.submit(this.binding, () -> {
			throw NotFoundException.of("unit", 9);
		}, () -> "units/form"));
		assertThatExceptionOfType(NotPermittedException.class).isThrownBy(() -> this.forms.submit(this.binding, () -> {
			throw new NotPermittedException("code.taken");
		}, () -> "units/form"));
		assertThat(this.binding.hasErrors()).isFalse();
	}

	@Test
	void anActionThatRedirectsPutsTheRefusalInTheFlash() {
		RedirectAttributesModelMap redirect = new RedirectAttributesModelMap();
		String view = this.forms.act(redirect, () -> {
			throw new RuleViolationException("code.taken", "CB-1");
		}, "redirect:/units");
		assertThat(view).isEqualTo("redirect:/units");
		assertThat(redirect.getFlashAttributes().get("flashError")).isEqualTo("Mã CB-1 đã có");
	}

	@Test
	void aFormWithAnErrorsMapGetsTheTextOnTheFieldOrTheDefaultOne() {
		java.util.Map<String, String> errors = new java.util.LinkedHashMap<>();
		String view = this.forms.submitKeepingStatus(errors, "form", () -> {
			throw RuleViolationException.onField("code", "code.taken", "CB-1");
		}, () -> "issuers");
		assertThat(view).isEqualTo("issuers");
		assertThat(errors).containsEntry("code", "Mã CB-1 đã có");
		this.forms.submitKeepingStatus(errors, "form", () -> {
			throw new ConflictException(null, "code.taken", "CB-2");
		}, () -> "issuers");
		assertThat(errors).containsEntry("form", "Mã CB-2 đã có");
		assertThat(this.response.getStatus()).isEqualTo(200);
		assertThatExceptionOfType(NotFoundException.class)
			.isThrownBy(() -> this.forms.submitKeepingStatus(errors, "form", () -> {
				throw NotFoundException.of("unit", 9);
			}, () -> "issuers"));
	}

	@Test
	void attemptShowsTheRefusalsItIsToldToAndPassesTheOthersOn() {
		java.util.List<String> shown = new java.util.ArrayList<>();
		String view = this.forms.attempt(PageForms::any, (ex) -> shown.add(ex.messageKey()), () -> {
			throw NotFoundException.of("unit", 9);
		}, () -> "back");
		assertThat(view).isEqualTo("back");
		assertThat(shown).hasSize(1);
		assertThatExceptionOfType(NotFoundException.class)
			.isThrownBy(() -> this.forms.attempt(PageForms.allBut(org.springframework.http.HttpStatus.NOT_FOUND),
					(ex) -> shown.add(ex.messageKey()), () -> {
						throw NotFoundException.of("unit", 9);
					}, () -> "back"));
		String done = this.forms.attempt(PageForms::reshown, () -> "done", (ex) -> "refused");
		assertThat(done).isEqualTo("done");
		String refused = this.forms.<String, RuntimeException>attempt(PageForms::reshown, () -> {
			throw new RuleViolationException("code.taken", "CB-1");
		}, DomainException::messageKey);
		assertThat(refused).isEqualTo("code.taken");
		assertThat(shown).hasSize(1);
	}

	@Test
	void aRefusalCanLandOnTheFieldAsTheFormNamesIt() {
		PageForms.reject(this.binding, RuleViolationException.onField("codeId", "code.taken", "CB-1"), "code");
		assertThat(this.binding.getFieldError("code")).isNotNull();
	}

	static class Form {

		private String code;

		public String getCode() {
			return this.code;
		}

		public void setCode(String code) {
			this.code = code;
		}

	}

}
