namespace Shortfall.Engine.Resources;

/// <summary>
/// A <see cref="PriorityResource"/> whose requests may preempt. As in SimPy, when no unit is free, a
/// preempting request takes the unit of the user with the greatest key (priority, request time, not
/// preempt), the last granted of equal keys, if that key is greater than its own. The evicted user's
/// process is interrupted with a <see cref="Preempted"/> cause; its request no longer holds the unit,
/// and disposing it does nothing.
/// </summary>
public sealed class PreemptiveResource(Simulator simulator, int capacity = 1) : PriorityResource(simulator, capacity)
{
    /// <summary>Asks for one unit with <paramref name="priority"/>, displacing a lower-ranked user when <paramref name="preempt"/> is true.</summary>
    /// <param name="priority">Lower numbers are served first.</param>
    /// <param name="preempt">Whether the request may displace a lower-ranked user.</param>
    /// <param name="reusing">A finished request of this resource to ask with again (see <see cref="Resource.Request(Resources.Request?)"/>).</param>
    public Request Request(int priority, bool preempt, Request? reusing = null) => Enqueue(priority, preempt, reusing);

    private protected override bool MakeRoomFor(Request request)
    {
        if (!request.Preempt || Users.Count == 0)
        {
            return false;
        }
        var victim = Users[0];
        foreach (var user in Users)
        {
            if (user.CompareKey(victim) >= 0)
            {
                victim = user;
            }
        }
        if (request.CompareKey(victim) >= 0)
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
