package followthrough.core.team;

import followthrough.core.domain.team.Member;
import followthrough.core.domain.user.UserId;
import followthrough.core.ports.Team;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The team store that files a new member in the silence watch as they join, so that a member who
 * never does anything is noticed too. Leaving needs nothing: the job skips filings of users who are
 * no longer members. The application wraps its store in this; dialogs see only {@link Team}.
 */
public final class WatchedTeam implements Team {

  private final Team delegate;
  private final ActivityRecorder recorder;

  public WatchedTeam(Team delegate, ActivityRecorder recorder) {
    this.delegate = delegate;
    this.recorder = recorder;
  }

  @Override
  public boolean join(Member member) {
    boolean joined = delegate.join(member);
    if (joined) {
      recorder.joined(member);
    }
    return joined;
  }

  @Override
  public Optional<Member> find(UserId member) {
    return delegate.find(member);
  }

  @Override
  public List<Member> firstLine(UserId sponsor) {
    return delegate.firstLine(sponsor);
  }

  @Override
  public boolean leave(UserId member, UserId sponsor) {
    return delegate.leave(member, sponsor);
  }

  @Override
  public void forEachInLine(UserId leader, Consumer<Member> each) {
    delegate.forEachInLine(leader, each);
  }
}
