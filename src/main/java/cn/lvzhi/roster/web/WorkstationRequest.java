package cn.lvzhi.roster.web;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import cn.lvzhi.roster.Workstation;
import cn.lvzhi.roster.WorkstationType;

/** A workstation as the API receives it; {@code version} (optional, on edit) guards against lost updates. */
record WorkstationRequest(@NotBlank @Size(max = Workstation.NAME_MAX) String name, @NotNull WorkstationType type,
		@NotNull @Min(0) Integer displayOrder, Integer version) {
}
