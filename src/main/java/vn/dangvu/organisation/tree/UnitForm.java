package vn.dangvu.organisation.tree;

import java.util.ArrayList;
import java.util.List;

/**
 * What the unit forms post: one bean for establish, rename, move, merge and close, all as
 * text so that every check (and its Vietnamese message) is ours.
 */
class UnitForm {

	private String code;

	private String kind;

	private String name;

	private String shortName;

	private String parentId;

	private String effectiveDate;

	private String decisionRef;

	private String note;

	private List<Long> sourceIds = new ArrayList<>();

	private String targetMode = "existing";

	private String targetId;

	public String getCode() {
		return this.code;
	}

	public void setCode(String code) {
		this.code = code;
	}

	public String getKind() {
		return this.kind;
	}

	public void setKind(String kind) {
		this.kind = kind;
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getShortName() {
		return this.shortName;
	}

	public void setShortName(String shortName) {
		this.shortName = shortName;
	}

	public String getParentId() {
		return this.parentId;
	}

	public void setParentId(String parentId) {
		this.parentId = parentId;
	}

	public String getEffectiveDate() {
		return this.effectiveDate;
	}

	public void setEffectiveDate(String effectiveDate) {
		this.effectiveDate = effectiveDate;
	}

	public String getDecisionRef() {
		return this.decisionRef;
	}

	public void setDecisionRef(String decisionRef) {
		this.decisionRef = decisionRef;
	}

	public String getNote() {
		return this.note;
	}

	public void setNote(String note) {
		this.note = note;
	}

	public List<Long> getSourceIds() {
		return this.sourceIds;
	}

	public void setSourceIds(List<Long> sourceIds) {
		this.sourceIds = (sourceIds != null) ? sourceIds : new ArrayList<>();
	}

	public String getTargetMode() {
		return this.targetMode;
	}

	public void setTargetMode(String targetMode) {
		this.targetMode = targetMode;
	}

	public String getTargetId() {
		return this.targetId;
	}

	public void setTargetId(String targetId) {
		this.targetId = targetId;
	}

}
