package cn.lvzhi.casework;

import java.util.List;

/** An inspection, inquiry or written opinion in a list, with its participants' ids. */
public record Listed<T>(T value, List<Long> participantIds) {
}
