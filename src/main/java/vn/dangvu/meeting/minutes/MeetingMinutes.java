package vn.dangvu.meeting.minutes;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import lombok.RequiredArgsConstructor;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.dangvu.directive.DirectiveApi;
import vn.dangvu.directive.PartyText;
import vn.dangvu.meeting.MeetingView;
import vn.dangvu.meeting.MinutesVersion;
import vn.dangvu.meeting.ScoreCard;
import vn.dangvu.meeting.access.MeetingAccess;
import vn.dangvu.meeting.access.MeetingAccess.Head;
import vn.dangvu.meeting.grade.Grading;
import vn.dangvu.meeting.plan.MeetingQueries;
import vn.dangvu.platform.audit.RecordChanged;
import vn.dangvu.platform.error.ConflictException;
import vn.dangvu.platform.error.NotFoundException;
import vn.dangvu.platform.error.RuleViolationException;
import vn.dangvu.platform.security.Caller;
import vn.dangvu.platform.time.VietnamTime;

/**
 * The minutes of a held meeting (decision 0226): written from its record, drawn by the
 * directive module's Party-document renderer, signed by whoever may record the meeting.
 * Signing takes the record's version, so of two signers one wins and the other is told
 * (409); after it, each change of the record is the next version, with its reason.
 */
@Service
@RequiredArgsConstructor
public class MeetingMinutes {

	private static final Locale VI = Locale.forLanguageTag("vi");

	private static final DateTimeFormatter FILE_DAY = DateTimeFormatter.ofPattern("dd-MM-yyyy");

	private static final DateTimeFormatter SIGNED_AT = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy");

	private final MeetingAccess access;

	private final MeetingQueries queries;

	private final Grading grading;

	private final MinutesVersions versions;

	private final DirectiveApi directives;

	private final MessageSource messages;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	/**
	 * The minutes to download: the text of a signed version, with the name of its file.
	 *
	 * @param version the signed version, or null for a draft (not signed yet)
	 */
	public record Minutes(PartyText text, String unitName, LocalDate day, Integer version) {

		/**
		 * "Biên bản sinh hoạt Chi bộ X 05-06-2026 (phiên bản 2).pdf": Vietnamese kept.
		 */
		public String fileName(String extension) {
			String cell = this.unitName.replaceAll("[\\\\/:*?\"<>|]", "-");
			return "Biên bản sinh hoạt " + cell + " " + this.day.format(FILE_DAY)
					+ ((this.version == null) ? "" : " (phiên bản " + this.version + ")") + "." + extension;
		}

	}

	/**
	 * The minutes of a meeting the caller sees: the version asked for, else the latest
	 * signed one, else the draft from the record; empty when the meeting is not held. An
	 * unknown version is a 404.
	 */
	@Transactional(readOnly = true)
	public Optional<Minutes> find(long meetingId, Integer version, Caller caller) {
		Head head = this.access.meeting(meetingId, caller);
		if (!"HELD".equals(head.state())) {
			return Optional.empty();
		}
		String unitName = head.cell().name();
		if (version != null) {
			PartyText text = this.versions.text(meetingId, version)
				.orElseThrow(() -> new NotFoundException("meeting.minutes.versionNotFound", version, meetingId));
			return Optional.of(new Minutes(text, unitName, head.meetsOn(), version));
		}
		Optional<MinutesVersion> signed = this.versions.latest(meetingId);
		if (signed.isPresent()) {
			int latest = signed.get().version();
			return Optional
				.of(new Minutes(this.versions.text(meetingId, latest).orElseThrow(), unitName, head.meetsOn(), latest));
		}
		return Optional.of(new Minutes(draft(head, caller), unitName, head.meetsOn(), null));
	}

	public byte[] pdf(Minutes minutes) {
		return this.directives.renderPdf(minutes.text());
	}

	public byte[] docx(Minutes minutes) {
		return this.directives.renderDocx(minutes.text());
	}

	/**
	 * Signs the minutes as they stand: version 1. {@code readVersion} is the version of
	 * the record the signer read (null: the current one); a record changed or signed
	 * since is a 409, a meeting not held a 422.
	 */
	@Transactional
	public MinutesVersion sign(long meetingId, Integer readVersion, Caller caller) {
		Head head = this.access.meetingToWrite(meetingId, caller);
		if (!"HELD".equals(head.state())) {
			throw RuleViolationException.onField("state", "meeting.minutes.notHeld");
		}
		this.versions.latest(meetingId).ifPresent((v) -> {
			throw signedAlready(v);
		});
		int read = (readVersion == null) ? head.version() : readVersion;
		if (!this.versions.claim(meetingId, read)) {
			throw this.versions.latest(meetingId)
				.map(this::signedAlready)
				.orElseGet(() -> new ConflictException("version", "meeting.version.stale"));
		}
		MinutesVersion signed = add(head, 1, read + 1, null, caller);
		this.events.publishEvent(RecordChanged.updated("Meeting", meetingId, "SIGN_MINUTES", head.cell().id(),
				Map.of("version", read), Map.of("version", read + 1, "minutesVersion", 1)));
		return signed;
	}

	/** The latest signed version, if the minutes are signed. */
	@Transactional(readOnly = true)
	public Optional<MinutesVersion> signed(long meetingId) {
		return this.versions.latest(meetingId);
	}

	/**
	 * After a change of a signed record, in the change's transaction: the next version,
	 * made of the record as changed, signed by the one who changed it, with the reason.
	 * @param meetingVersion the record's version after the change
	 * @return the new version's number
	 */
	@Transactional
	public int amend(Head head, MinutesVersion signed, int meetingVersion, String reason, Caller caller) {
		return add(head, signed.version() + 1, meetingVersion, reason, caller).version();
	}

	private MinutesVersion add(Head head, int version, int meetingVersion, String reason, Caller caller) {
		PartyText text = draft(head, caller);
		if (!this.versions.add(head.id(), version, meetingVersion, this.clock.instant(), caller, reason, text)) {
			throw this.versions.latest(head.id())
				.map(this::signedAlready)
				.orElseGet(() -> new ConflictException("version", "meeting.version.stale"));
		}
		return this.versions.latest(head.id()).orElseThrow();
	}

	/** The minutes as the record stands now. */
	private PartyText draft(Head head, Caller caller) {
		MeetingView m = this.queries.read(head, caller);
		String grade = this.grading.card(head)
			.map(ScoreCard::grade)
			.map((g) -> this.messages.getMessage("meeting.grade." + g.name(), null, VI))
			.orElse(null);
		long cell = head.cell().id();
		return MinutesText.of(m, this.versions.superiorName(cell), this.directives.letterheadPlace(cell).orElse(""),
				grade);
	}

	private ConflictException signedAlready(MinutesVersion v) {
		String at = v.signedAt().atZoneSameInstant(VietnamTime.ZONE).format(SIGNED_AT);
		return new ConflictException("version", "meeting.minutes.signedAlready", v.signerName(), at, v.version());
	}

}
