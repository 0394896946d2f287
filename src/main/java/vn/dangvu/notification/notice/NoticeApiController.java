package vn.dangvu.notification.notice;

import java.util.LinkedHashMap;

import lombok.RequiredArgsConstructor;

import org.springframework.http.HttpStatus;
import org.springframework.validation.BindException;
import org.springframework.validation.MapBindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import vn.dangvu.notification.NoticeInbox;
import vn.dangvu.platform.security.CurrentCaller;

/** The caller's own notices as JSON, newest first; marking one read. */
@RestController
@RequiredArgsConstructor
class NoticeApiController {

	private static final int MAX_SIZE = 200;

	private final NoticeQueries queries;

	private final NoticeService service;

	@GetMapping("/api/v1/notifications")
	NoticeInbox list(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size)
			throws BindException {
		MapBindingResult errors = new MapBindingResult(new LinkedHashMap<>(), "query");
		if (page < 0) {
			errors.rejectValue("page", "notice.input.pageInvalid");
		}
		if (size < 1 || size > MAX_SIZE) {
			errors.rejectValue("size", "notice.input.sizeInvalid", new Object[] { MAX_SIZE }, null);
		}
		if (errors.hasErrors()) {
			throw new BindException(errors);
		}
		return this.queries.inboxOf(CurrentCaller.require(), page, size);
	}

	@PostMapping("/api/v1/notifications/{id}/read")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void markRead(@PathVariable long id) {
		this.service.markRead(id, CurrentCaller.require());
	}

}
