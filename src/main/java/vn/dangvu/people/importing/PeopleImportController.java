package vn.dangvu.people.importing;

import java.io.IOException;
import java.io.InputStream;

import jakarta.servlet.http.HttpServletResponse;
import lombok.RequiredArgsConstructor;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.dangvu.platform.error.RuleViolationException;
import vn.dangvu.platform.security.Caller;
import vn.dangvu.platform.security.CurrentCaller;
import vn.dangvu.platform.web.Downloads;
import vn.dangvu.platform.web.PageForms;

/** Importing people from the spreadsheet: template, upload, progress and result. */
@Controller
@RequestMapping("/people/import")
@RequiredArgsConstructor
class PeopleImportController {

	private final PersonImports imports;

	private final PersonSheet sheet;

	private final MessageSource messages;

	private final PageForms forms;

	@GetMapping
	String page(Model model) {
		Caller caller = manager();
		model.addAttribute("recent", this.imports.recent(caller, 10));
		return "people/import";
	}

	@GetMapping("/template")
	void template(HttpServletResponse response) throws IOException {
		response.setContentType(PersonSheet.CONTENT_TYPE);
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION, Downloads.attachment("mau-nhap-nhan-su.xlsx"));
		this.sheet.writeTemplate(response.getOutputStream());
	}

	@PostMapping
	String upload(@RequestParam(required = false) MultipartFile file,
			@RequestParam(defaultValue = "false") boolean validOnly, Model model, RedirectAttributes redirect)
			throws IOException {
		Caller caller = manager();
		if (file == null || file.isEmpty()) {
			return refuse(model, caller, "person.import.noFile");
		}
		return this.forms.attempt(RuleViolationException.class::isInstance, () -> {
			try (InputStream in = file.getInputStream()) {
				return "redirect:/people/import/"
						+ this.imports.start(caller, file.getOriginalFilename(), in, validOnly);
			}
		}, (ex) -> refuse(model, caller, ex.messageKey(), ex.args()));
	}

	@GetMapping("/{id:\\d+}")
	String job(@PathVariable long id, Model model) {
		model.addAttribute("job", this.imports.find(manager(), id));
		return "people/import-job";
	}

	@GetMapping("/{id:\\d+}/progress")
	String progress(@PathVariable long id, Model model) {
		model.addAttribute("job", this.imports.find(manager(), id));
		return "people/import-job :: progress";
	}

	private String refuse(Model model, Caller caller, String key, Object... args) {
		model.addAttribute("uploadError", this.messages.getMessage(key, args, LocaleContextHolder.getLocale()));
		model.addAttribute("recent", this.imports.recent(caller, 10));
		return "people/import";
	}

	private static Caller manager() {
		Caller caller = CurrentCaller.require();
		if (!caller.canManagePeople()) {
			throw new AccessDeniedException("person.write.denied");
		}
		return caller;
	}

}
