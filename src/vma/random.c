/**
 * @file
 * @brief \~english The random numbers of address-space randomization, from a seeded generator.
 *        \~chinese 地址空间随机化所用的随机数，来自带种子的生成器。 \~
 *
 * random.c - get_random_int() (drivers/char/random.c).
 *
 * 2.6.24 hashes the task's pid and jiffies with the IP stack's keyed
 * generator (secure_ip_id()), re-keyed from the entropy pool every
 * second.  mm24 has no entropy: a xorshift generator with a fixed seed,
 * stirred with the same pid + jiffies, gives numbers that look random
 * and are the same on every run of a scenario.
 */
#include <linux/jiffies.h>
#include <linux/mman.h>

#define RANDOM_SEED	0x26240124u

static u32 random_state = RANDOM_SEED;

/**
 * @brief \~english A random 32-bit number for randomizing a layout.
 *        \~chinese 为随机化地址布局生成一个 32 位随机数。 \~
 * @return \~english the number \~chinese 随机数 \~
 * @kernel{drivers/char/random.c,1640}
 * @seenotes{chapter-vma,vma-random}
 * @kquirk \~english secure_ip_id() is replaced by a xorshift generator
 *         with a fixed seed, mixed with current->pid + jiffies as 2.6.24
 *         mixes them: a scenario gets the same addresses on every run.
 *         \~chinese secure_ip_id() 被替换为带固定种子的 xorshift 生成器，并像
 *         2.6.24 那样混入 current->pid + jiffies：同一场景每次运行得到相同的地址。 \~
 */
unsigned int get_random_int(void)
{
	u32 x = random_state ^ (u32)(current->pid + jiffies);

	x ^= x << 13;
	x ^= x >> 17;
	x ^= x << 5;
	random_state = x;
	return x;
}
