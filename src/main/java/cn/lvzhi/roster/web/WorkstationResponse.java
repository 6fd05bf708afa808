package cn.lvzhi.roster.web;

import cn.lvzhi.roster.Workstation;
import cn.lvzhi.roster.WorkstationType;

/** A workstation as the API shows it. */
record WorkstationResponse(long id, String name, WorkstationType type, int displayOrder, int version) {

	static WorkstationResponse of(Workstation w) {
		return new WorkstationResponse(w.id(), w.name(), w.type(), w.displayOrder(), w.version());
	}
}
