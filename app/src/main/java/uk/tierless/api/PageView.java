package uk.tierless.api;

import java.util.List;

/** A page of a list, the one paging shape of the API: {@code {items, page, size, total}}, pages counted from 1. */
public record PageView<T>(List<T> items, int page, int size, long total) {
}
