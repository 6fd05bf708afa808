package cn.lvzhi.roster.web;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import cn.lvzhi.roster.Workstation;
import cn.lvzhi.roster.WorkstationType;

/** The page form of a workstation (new and edit). */
record WorkstationForm(@NotBlank @Size(max = Workstation.NAME_MAX) String name, @NotNull WorkstationType type,
		@NotNull @Min(0) Integer displayOrder, Integer version) {

	static WorkstationForm of(Workstation w) {
		return new WorkstationForm(w.name(), w.type(), w.displayOrder(), w.version());
	}
}
