package org.ducha.node.api;

import java.util.List;
import java.util.function.Function;

/**
 * A page of a list, as every list endpoint returns it.
 *
 * @param items the page's items
 * @param page page number, from 0
 * @param size page size
 * @param total how many items there are in all
 * @param <T> item type
 */
public record PageResponse<T>(List<T> items, int page, int size, long total) {

	public static <S, T> PageResponse<T> of(List<S> items, int page, int size, long total, Function<S, T> mapper) {
		return new PageResponse<>(items.stream().map(mapper).toList(), page, size, total);
	}

}
