package cn.lvzhi.roster;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

import cn.lvzhi.shared.Problem;

/**
 * A party representatives' workstation (党代表工作室), community or industry. Published lists
 * are ordered by its display order (以挂点社区党代表工作室为序).
 */
@Table("workstation")
public class Workstation {

	public static final int NAME_MAX = 100;

	@Id
	private Long id;

	@Version
	private Integer version;

	private final long districtId;

	private String name;

	private WorkstationType type;

	private int displayOrder;

	private final Instant createdAt;

	private Instant updatedAt;

	Workstation(Long id, Integer version, long districtId, String name, WorkstationType type, int displayOrder,
			Instant createdAt, Instant updatedAt) {
		this.id = id;
		this.version = version;
		this.districtId = districtId;
		this.name = name;
		this.type = type;
		this.displayOrder = displayOrder;
		this.createdAt = createdAt;
		this.updatedAt = updatedAt;
	}

	static Workstation create(long districtId, String name, WorkstationType type, int displayOrder, Instant now) {
		check(name, type, displayOrder);
		return new Workstation(null, null, districtId, name.strip(), type, displayOrder, now, now);
	}

	void change(String name, WorkstationType type, int displayOrder, Instant now) {
		check(name, type, displayOrder);
		this.name = name.strip();
		this.type = type;
		this.displayOrder = displayOrder;
		this.updatedAt = now;
	}

	private static void check(String name, WorkstationType type, int displayOrder) {
		var violations = new java.util.ArrayList<Problem.FieldViolation>();
		if (name == null || name.isBlank()) {
			violations.add(new Problem.FieldViolation("name", "validation.required"));
		}
		else if (name.strip().length() > NAME_MAX) {
			violations.add(new Problem.FieldViolation("name", "validation.too-long", NAME_MAX));
		}
		if (type == null) {
			violations.add(new Problem.FieldViolation("type", "validation.required"));
		}
		if (displayOrder < 0) {
			violations.add(new Problem.FieldViolation("displayOrder", "roster.validation.display-order"));
		}
		if (!violations.isEmpty()) {
			throw Problem.Invalid.fields(violations);
		}
	}

	public Long id() {
		return id;
	}

	public Integer version() {
		return version;
	}

	public long districtId() {
		return districtId;
	}

	public String name() {
		return name;
	}

	public WorkstationType type() {
		return type;
	}

	public int displayOrder() {
		return displayOrder;
	}

	public Instant createdAt() {
		return createdAt;
	}

	public Instant updatedAt() {
		return updatedAt;
	}

	@Override
	public String toString() {
		return "Workstation[" + id + " " + name + "]";
	}
}
