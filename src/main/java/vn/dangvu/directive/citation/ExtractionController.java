package vn.dangvu.directive.citation;

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

/** Paste or upload a text and see every document citation in it. */
@Controller
@RequestMapping("/directives/extract")
@RequiredArgsConstructor
class ExtractionController {

	private final CitationFinder finder;

	private final Messages messages;

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
		String input = text;
		try {
			if (file != null && !file.isEmpty()) {
				input = UploadedText.read(file);
				model.addAttribute("fileName", file.getOriginalFilename());
			}
			CitationFinder.Result result = this.finder.find(input);
			model.addAttribute("text", input);
			model.addAttribute("view", ExtractionView.of(result));
		}
		catch (RuleViolationException ex) {
			boolean keep = input != null && input.length() <= CitationFinder.MAX_TEXT;
			model.addAttribute("text", keep ? input : "");
			model.addAttribute("error", this.messages.text(ex));
			model.addAttribute("errorField", ex.field());
		}
		return "directive/extract";
	}

}
