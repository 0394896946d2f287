package vn.dangvu.programme.plan;

import java.util.ArrayList;
import java.util.List;

/**
 * An area, key task, indicator or activity as typed on its form; each uses its own
 * fields.
 */
class PartForm {

	private String title;

	private String position;

	private String areaId;

	private String code;

	private String weight = "1";

	private String parentTaskId;

	private String taskId;

	private String name;

	private String kind = "PERCENT";

	private String target;

	private String unitLabel;

	private String leadPersonId;

	private String startsOn;

	private String dueOn;

	private String duePrecision = "DAY";

	private String deliverable;

	private List<Long> ownerUnitIds = new ArrayList<>();

	/** Issue 12 part C: every open cell under this unit owns the activity too. */
	private String allCellsUnder;

	/**
	 * Issue 12 part C: how many units hold the activity when they are too many to choose
	 * from a list; the form then keeps them as they are.
	 */
	private String ownersKept;

	private String version;

	private String amendmentReason;

	private String amendmentDocumentId;

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getPosition() {
		return this.position;
	}

	public void setPosition(String position) {
		this.position = position;
	}

	public String getAreaId() {
		return this.areaId;
	}

	public void setAreaId(String areaId) {
		this.areaId = areaId;
	}

	public String getCode() {
		return this.code;
	}

	public void setCode(String code) {
		this.code = code;
	}

	public String getWeight() {
		return this.weight;
	}

	public void setWeight(String weight) {
		this.weight = weight;
	}

	public String getParentTaskId() {
		return this.parentTaskId;
	}

	public void setParentTaskId(String parentTaskId) {
		this.parentTaskId = parentTaskId;
	}

	public String getTaskId() {
		return this.taskId;
	}

	public void setTaskId(String taskId) {
		this.taskId = taskId;
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getKind() {
		return this.kind;
	}

	public void setKind(String kind) {
		this.kind = kind;
	}

	public String getTarget() {
		return this.target;
	}

	public void setTarget(String target) {
		this.target = target;
	}

	public String getUnitLabel() {
		return this.unitLabel;
	}

	public void setUnitLabel(String unitLabel) {
		this.unitLabel = unitLabel;
	}

	public String getLeadPersonId() {
		return this.leadPersonId;
	}

	public void setLeadPersonId(String leadPersonId) {
		this.leadPersonId = leadPersonId;
	}

	public String getStartsOn() {
		return this.startsOn;
	}

	public void setStartsOn(String startsOn) {
		this.startsOn = startsOn;
	}

	public String getDueOn() {
		return this.dueOn;
	}

	public void setDueOn(String dueOn) {
		this.dueOn = dueOn;
	}

	public String getDuePrecision() {
		return this.duePrecision;
	}

	public void setDuePrecision(String duePrecision) {
		this.duePrecision = duePrecision;
	}

	public String getDeliverable() {
		return this.deliverable;
	}

	public void setDeliverable(String deliverable) {
		this.deliverable = deliverable;
	}

	public List<Long> getOwnerUnitIds() {
		return this.ownerUnitIds;
	}

	public void setOwnerUnitIds(List<Long> ownerUnitIds) {
		this.ownerUnitIds = ownerUnitIds;
	}

	public String getAllCellsUnder() {
		return this.allCellsUnder;
	}

	public void setAllCellsUnder(String allCellsUnder) {
		this.allCellsUnder = allCellsUnder;
	}

	public String getOwnersKept() {
		return this.ownersKept;
	}

	public void setOwnersKept(String ownersKept) {
		this.ownersKept = ownersKept;
	}

	public String getVersion() {
		return this.version;
	}

	public void setVersion(String version) {
		this.version = version;
	}

	public String getAmendmentReason() {
		return this.amendmentReason;
	}

	public void setAmendmentReason(String amendmentReason) {
		this.amendmentReason = amendmentReason;
	}

	public String getAmendmentDocumentId() {
		return this.amendmentDocumentId;
	}

	public void setAmendmentDocumentId(String amendmentDocumentId) {
		this.amendmentDocumentId = amendmentDocumentId;
	}

}
