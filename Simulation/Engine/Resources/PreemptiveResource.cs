namespace Shortfall.Engine.Resources;

/// <summary>
/// A <see cref="PriorityResource"/> whose requests may preempt: when no unit is free, a preempting
/// request takes the unit of the lowest-ranked user if it ranks before that user (lower priority
/// number, or the same priority but made earlier). The evicted user's process is interrupted with a
/// <see cref="Preempted"/> cause; its request no longer holds the unit, and disposing it does nothing.
/// </summary>
public sealed class PreemptiveResource(Simulator simulator, int capacity = 1) : PriorityResource(simulator, capacity)
{
    /// <summary>Asks for one unit with <paramref name="priority"/>, displacing a lower-ranked user when <paramref name="preempt"/> is true.</summary>
    public Request Request(int priority, bool preempt) => Enqueue(priority, preempt);

    private protected override bool MakeRoomFor(Request request)
    {
        if (!request.Preempt || Users.Count == 0)
        {
            return false;
        }
        var victim = Users[0];
        foreach (var user in Users)
        {
            if (victim.RanksBefore(user))
            {
                victim = user;
            }
        }
        if (!request.RanksBefore(victim))
        {
            return false;
        }
        Evict(victim);
        if (victim.Owner is { IsAlive: true } owner)
        {
            owner.Interrupt(new Preempted(request.Owner, victim.GrantedAt, this));
        }
        return true;
    }
}
