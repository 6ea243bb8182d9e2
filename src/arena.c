/*
 * arena.c — memory for the whole program.
 *
 * needs: nothing;  produces: arenas, checked malloc, interned strings.
 *
 * goesc is a short-lived batch program, so it follows chibicc's rule:
 * allocate, never free single objects.  An arena is a chain of large
 * blocks; an allocation bumps a pointer in the newest block.  Whole trees
 * are released at once with arena_free, or rolled back to a saved mark
 * with arena_reset (used when many files are parsed one after another).
 *
 * Interning gives every distinct identifier one canonical copy, so the
 * later stages compare names with == instead of strcmp.
 */
#include "goesc.h"

#include <stdlib.h>
#include <string.h>

/* An arena's first block is this big; each next one twice the one before,
 * up to ARENA_BLOCK_MAX, so that a small program stays small and a big
 * one gets few, big blocks.  Bigger requests get a block of their own. */
#define ARENA_BLOCK_SIZE (64 * 1024)
#define ARENA_BLOCK_MAX (4 * 1024 * 1024)

/* (Transparent huge pages, asked for with madvise, made 100k lines 30%
 * faster on a fresh machine but 1M lines up to twice as slow on a busy
 * one, where the kernel compacts memory to find them: not used.) */

struct ArenaBlock {
  ArenaBlock *previous; /* the older block */
  size_t capacity;      /* bytes of data[] */
  size_t used;          /* bytes of data[] handed out */
  /* data follows, aligned to 16 bytes */
};

/* Offset of the data from the start of a block, rounded so that data is
 * suitably aligned for any object. */
#define BLOCK_HEADER_SIZE ((sizeof(ArenaBlock) + 15) & ~(size_t)15)

static char *block_data(ArenaBlock *block) {
  return (char *)block + BLOCK_HEADER_SIZE;
}

static void out_of_memory(size_t size) {
  fprintf(stderr, "goesc: out of memory (allocating %zu bytes)\n", size);
  exit(EXIT_USAGE);
}

void *xmalloc(size_t size) {
  void *p = malloc(size ? size : 1);
  if (!p)
    out_of_memory(size);
  return p;
}

void *xrealloc(void *ptr, size_t size) {
  void *p = realloc(ptr, size ? size : 1);
  if (!p)
    out_of_memory(size);
  return p;
}

void arena_init(Arena *arena) {
  arena->head = NULL;
  arena->total = 0;
}

static ArenaBlock *new_block(Arena *arena, size_t at_least) {
  size_t capacity = ARENA_BLOCK_SIZE;
  if (arena->head && arena->head->capacity >= capacity)
    capacity = arena->head->capacity < ARENA_BLOCK_MAX
                   ? 2 * arena->head->capacity : ARENA_BLOCK_MAX;
  if (capacity > ARENA_BLOCK_MAX)
    capacity = ARENA_BLOCK_MAX;
  if (at_least > capacity)
    capacity = at_least;
  ArenaBlock *block = xmalloc(BLOCK_HEADER_SIZE + capacity);
  block->previous = arena->head;
  block->capacity = capacity;
  block->used = 0;
  arena->head = block;
  arena->total += BLOCK_HEADER_SIZE + capacity;
  return block;
}

void *arena_alloc(Arena *arena, size_t size) {
  size = (size + 7) & ~(size_t)7;
  ArenaBlock *block = arena->head;
  if (!block || block->capacity - block->used < size)
    block = new_block(arena, size);
  void *p = block_data(block) + block->used;
  block->used += size;
  memset(p, 0, size);
  return p;
}

char *arena_strndup(Arena *arena, const char *s, size_t len) {
  char *copy = arena_alloc(arena, len + 1);
  memcpy(copy, s, len);
  copy[len] = '\0';
  return copy;
}

char *arena_printf(Arena *arena, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  int n = vsnprintf(NULL, 0, fmt, ap);
  va_end(ap);
  if (n < 0)
    INTERNAL_ERROR("bad format string %s", fmt);
  char *s = arena_alloc(arena, (size_t)n + 1);
  va_start(ap, fmt);
  vsnprintf(s, (size_t)n + 1, fmt, ap);
  va_end(ap);
  return s;
}

ArenaMark arena_mark(Arena *arena) {
  ArenaMark mark;
  mark.block = arena->head;
  mark.used = arena->head ? arena->head->used : 0;
  return mark;
}

void arena_reset(Arena *arena, ArenaMark mark) {
  while (arena->head != mark.block) {
    ArenaBlock *older = arena->head->previous;
    arena->total -= BLOCK_HEADER_SIZE + arena->head->capacity;
    free(arena->head);
    arena->head = older;
  }
  if (arena->head)
    arena->head->used = mark.used;
}

void arena_free(Arena *arena) {
  ArenaMark empty = {NULL, 0};
  arena_reset(arena, empty);
}

void arena_adopt(Arena *dst, Arena *src) {
  if (!src->head)
    return;
  if (!dst->head) {
    *dst = *src;
  } else { /* behind dst's newest block, which keeps its free room */
    ArenaBlock *oldest = src->head;
    while (oldest->previous)
      oldest = oldest->previous;
    oldest->previous = dst->head->previous;
    dst->head->previous = src->head;
    dst->total += src->total;
  }
  src->head = NULL;
  src->total = 0;
}

/* ---- interned strings ----
 * An open-addressing hash table of canonical copies, which live in their
 * own arena for the whole run.  Each slot keeps the copy's length and hash:
 * a name may contain any byte, NUL included (the lexer reports a NUL and
 * goes on), so neither may be recomputed with strlen. */

typedef struct InternSlot {
  const char *text; /* NULL: empty slot */
  size_t length;
  uint32_t hash;
} InternSlot;

static Arena intern_arena;
static InternSlot *intern_slots;
static size_t intern_capacity; /* a power of two */
static size_t intern_count;

static uint32_t hash_bytes(const char *s, size_t len) {
  uint32_t h = 2166136261u; /* FNV-1a */
  for (size_t i = 0; i < len; i++) {
    h ^= (unsigned char)s[i];
    h *= 16777619u;
  }
  return h;
}

static void intern_grow(void) {
  size_t old_capacity = intern_capacity;
  InternSlot *old_slots = intern_slots;
  intern_capacity = old_capacity ? old_capacity * 2 : 4096;
  intern_slots = xmalloc(intern_capacity * sizeof *intern_slots);
  memset(intern_slots, 0, intern_capacity * sizeof *intern_slots);
  for (size_t i = 0; i < old_capacity; i++) {
    if (!old_slots[i].text)
      continue;
    size_t j = old_slots[i].hash & (intern_capacity - 1);
    while (intern_slots[j].text)
      j = (j + 1) & (intern_capacity - 1);
    intern_slots[j] = old_slots[i];
  }
  free(old_slots);
}

const char *intern(const char *s, size_t len) {
  /* Keep the table at most half full so probe chains stay short. */
  if (2 * (intern_count + 1) > intern_capacity)
    intern_grow();
  uint32_t hash = hash_bytes(s, len);
  size_t j = hash & (intern_capacity - 1);
  for (; intern_slots[j].text; j = (j + 1) & (intern_capacity - 1)) {
    InternSlot *slot = &intern_slots[j];
    if (slot->hash == hash && slot->length == len &&
        memcmp(slot->text, s, len) == 0)
      return slot->text;
  }
  intern_slots[j].text = arena_strndup(&intern_arena, s, len);
  intern_slots[j].length = len;
  intern_slots[j].hash = hash;
  intern_count++;
  return intern_slots[j].text;
}
