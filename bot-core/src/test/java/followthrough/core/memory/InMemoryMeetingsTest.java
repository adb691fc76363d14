package followthrough.core.memory;

import followthrough.core.ports.Meetings;
import followthrough.core.testkit.MeetingsContract;

class InMemoryMeetingsTest extends MeetingsContract {

  @Override
  protected Meetings newStore() {
    return new InMemoryMeetings();
  }
}
