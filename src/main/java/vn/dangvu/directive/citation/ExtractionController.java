package vn.dangvu.directive.citation;

import java.util.concurrent.atomic.AtomicReference;

import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import vn.dangvu.platform.error.RuleViolationException;
import vn.dangvu.platform.security.CurrentCaller;
import vn.dangvu.platform.text.Messages;
import vn.dangvu.platform.web.PageForms;

/** Paste or upload a text and see every document citation in it. */
@Controller
@RequestMapping("/directives/extract")
@RequiredArgsConstructor
class ExtractionController {

	private final CitationFinder finder;

	private final Messages messages;

	private final PageForms forms;

	@GetMapping
	String page(Model model) {
		CurrentCaller.require();
		model.addAttribute("text", "");
		model.addAttribute("maxText", CitationFinder.MAX_TEXT);
		return "directive/extract";
	}

	@PostMapping
	String extract(@RequestParam(required = false) String text, @RequestParam(required = false) MultipartFile file,
			Model model) {
		CurrentCaller.require();
		model.addAttribute("maxText", CitationFinder.MAX_TEXT);
		// the text read so far: the typed one, then the file's once it is read
		AtomicReference<String> input = new AtomicReference<>(text);
		return this.forms.attempt(RuleViolationException.class::isInstance, () -> {
			if (file != null && !file.isEmpty()) {
				input.set(UploadedText.read(file));
				model.addAttribute("fileName", file.getOriginalFilename());
			}
			CitationFinder.Result result = this.finder.find(input.get());
			model.addAttribute("text", input.get());
			model.addAttribute("view", ExtractionView.of(result));
			return "directive/extract";
		}, (ex) -> {
			boolean keep = input.get() != null && input.get().length() <= CitationFinder.MAX_TEXT;
			model.addAttribute("text", keep ? input.get() : "");
			model.addAttribute("error", this.messages.text(ex));
			model.addAttribute("errorField", ex.field());
			return "directive/extract";
		});
	}

}
