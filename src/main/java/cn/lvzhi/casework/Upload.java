package cn.lvzhi.casework;

import org.springframework.core.io.InputStreamSource;

/** A file as it arrives from the API or a page: the name the client gave, the size it said, the content. */
public record Upload(String originalName, long size, InputStreamSource content) {
}
