"""Demo data for neighbour meals: four cooks, allergy and diet profiles, meals picked up
in the past (paid at the till, one order not collected, a waiting list that lapsed,
one so long ago that its allergy data has been purged), today's meal with its orders
waiting at the pick-up, a sold-out meal with a waiting list that moved up, a free
meal, and one called off. A step for ``core.demo.DEMO_STEPS``, run before the till's
step so the till sessions of the pick-ups are numbered in the order they happened.
"""

from __future__ import annotations

import random
import uuid
from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING

from sqlmodel import Session, select

from trefpuntje.core.activities import local_moment
from trefpuntje.core.i18n import QT_TRANSLATE_NOOP
from trefpuntje.core.meals import MealView, cancel_meal, offer_meal
from trefpuntje.core.meals_orders import cancel_order, order_meal, set_meal_profile
from trefpuntje.core.meals_pickup import collect_orders, record_not_collected
from trefpuntje.core.meals_sheet import purge_meal_diet_data
from trefpuntje.core.models import Member, MealOrder, Payment
from trefpuntje.core.models.meals import OrderStatus
from trefpuntje.core.settings import set_setting
from trefpuntje.core.till import close_session, open_session
from trefpuntje.core.till_reports import x_report

if TYPE_CHECKING:
    from trefpuntje.core.demo import DemoResult  # demo.py imports this module for DEMO_STEPS

# first name: (allergens, diets)
PROFILES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "Nel": (("peanuts", "nuts"), ()),
    "Riet": (("gluten",), ("gluten_free",)),
    "Annie": (("milk",), ()),
    "Mei": (("crustaceans", "molluscs"), ()),
    "Yusuf": ((), ("halal",)),
    "Layla": ((), ("vegetarian",)),
    "Selam": (("celery",), ()),
}
# days from today, cook, dish, description, portions, cents, allergens, diet labels, per member
Plan = tuple[int, str, str, str, int, int, tuple[str, ...], tuple[str, ...], int]
People = dict[str, uuid.UUID]
MEALS: list[Plan] = [
    (-40, "Oksana", "Borsjt met roggebrood", "Bietensoep zoals mijn oma hem maakte.", 6, 300,
     ("gluten", "celery"), ("vegetarian",), 2),
    (-9, "Fatima", "Couscous met zeven groenten", "Met kikkererwten en harissa apart.", 10, 350,
     ("gluten", "celery"), ("vegan", "halal"), 2),
    (-8, "Bep", "Stamppot boerenkool met rookworst", "Echte winterkost.", 6, 400,
     ("milk", "mustard", "celery"), (), 2),
    (0, "Femke", "Groentelasagne", "Met spinazie, courgette en ricotta.", 12, 300,
     ("gluten", "milk", "eggs", "celery"), ("vegetarian",), 2),
    (1, "Fatima", "Linzensoep met platbrood", "Rode linzen, komijn en citroen.", 8, 250,
     ("gluten", "sesame", "celery"), ("vegan", "halal"), 2),
    (3, "Oksana", "Varenyky met aardappel en ui", "Oekraïense deegkussentjes, met zure room.", 10, 350,
     ("gluten", "eggs", "milk"), ("vegetarian",), 3),
    (4, "Bep", "Erwtensoep", "Gratis, voor de hele buurt: neem een pan mee.", 15, 0, ("celery",), ("gluten_free",), 4),
    (5, "Femke", "Pannenkoeken", "Met appel of spek.", 8, 200, ("gluten", "milk", "eggs"), (), 2),
]
DINERS = ("Nel", "Riet", "Truus", "Gerrit", "Jan", "Annie", "Kees", "Yusuf", "Samir", "Mahmoud", "Layla", "Selam",
          "Mei", "Dmytro", "Thijs", "Daan", "Lotte", "Joost", "Ineke", "Zeynep", "Emma")
PICKUP_VOLUNTEER = "Henk"
STRIP_VALUE_CENTS = "90"  # a strip of the 10-strip coffee card (EUR 9): meals may be paid with strips


def _offer(session: Session, people: People, today: date, plan: Plan) -> MealView:
    days, cook, dish, description, portions, cents, allergens, diets, per_member = plan
    day = today + timedelta(days=days)
    return offer_meal(session, cook_id=people[cook], dish=dish, description=description, day=day,
                      pickup_from=time(17), pickup_until=time(18, 30), order_until=local_moment(day, time(12)),
                      portions=portions, contribution_cents=cents, allergens=allergens, no_allergens=not allergens,
                      diet_labels=diets, max_per_member=per_member, safety_confirmed=True,
                      now=local_moment(day - timedelta(days=4), time(10)))


def _order(session: Session, meal_id: uuid.UUID, member_id: uuid.UUID, portions: int, at: datetime,
           waiting: bool = False) -> None:
    order_meal(session, meal_id=meal_id, member_id=member_id, portions=portions, confirmed_allergens=True,
               waiting_list_ok=waiting, now=at)


def _orders_for(session: Session, meal: MealView, names: list[str], people: People, rng: random.Random,
                start: datetime, fill: int) -> int:
    """Order until ``fill`` portions are taken (or the names run out); returns portions taken."""
    taken = 0
    for n, name in enumerate(names):
        want = min(rng.choice((1, 1, 2)), meal.max_per_member, fill - taken)
        if want <= 0:
            break
        _order(session, meal.id, people[name], want, start + timedelta(minutes=17 * n))
        taken += want
    return taken


def _pick_up(session: Session, meal: MealView, people: People, rng: random.Random, one_missed: bool) -> None:
    """The coffee corner opens for the pick-up; everyone collects, but with
    ``one_missed`` the last to order never comes."""
    day_start = meal.pickup_start
    volunteer = people[PICKUP_VOLUNTEER]
    till = open_session(session, opened_by_id=volunteer, float_cents=2000, now=day_start - timedelta(minutes=15))
    orders = session.exec(select(MealOrder).where(MealOrder.meal_id == meal.id,
                                                  MealOrder.status == OrderStatus.ORDERED.value)
                          .order_by(MealOrder.created_at)).all()
    moment = day_start
    for n, order in enumerate(orders[:-1] if one_missed else orders):
        moment += timedelta(minutes=rng.randint(2, 9))
        due = meal.contribution_cents * order.portions
        cash = n % 3 != 1
        collect_orders(session, member_id=order.member_id, order_ids=[order.id], done_by_id=volunteer,
                       payment=Payment.CASH if cash else Payment.CARD,
                       cash_received_cents=(500 if due <= 500 else 1000) if cash else None,
                       till_session_id=till.id, now=moment)
    closing = meal.pickup_end + timedelta(minutes=15)
    expected = x_report(session, till_session_id=till.id, now=closing).expected_cash_cents
    close_session(session, till_session_id=till.id, counted_cash_cents=expected, closed_by_id=volunteer, now=closing)
    record_not_collected(session, now=closing)


def meals_demo(session: Session, result: DemoResult, week_start: date, shared: random.Random) -> None:
    rng = random.Random(6)  # a sequence of its own: the steps after this one stay as they were
    people = {m.first_name: m.id for m in session.exec(select(Member)).all()}
    today = week_start + timedelta(days=result.today_offset)
    set_setting(session, key="meal_strip_value_cents", value=STRIP_VALUE_CENTS)
    for name, (allergens, diets) in PROFILES.items():
        set_meal_profile(session, member_id=people[name], asking_id=people[name], allergens=allergens, diets=diets,
                         now=local_moment(today - timedelta(days=60), time(11)))
    meals = [_offer(session, people, today, plan) for plan in MEALS]
    old, couscous, stamppot, lasagne, soup, varenyky, pea_soup, pancakes = meals
    diners = list(DINERS)
    for meal, fill in ((old, 5), (couscous, 9), (stamppot, 6), (lasagne, 9), (varenyky, 5), (pea_soup, 11),
                       (pancakes, 4)):
        rng.shuffle(diners)
        start = local_moment(meal.day - timedelta(days=3), time(10))
        _orders_for(session, meal, diners, people, rng, start, fill)
    # Sold out, with a waiting list; one cancellation moves the first in line up.
    rng.shuffle(diners)
    start = local_moment(soup.day - timedelta(days=3), time(10))
    _orders_for(session, soup, diners[:soup.portions], people, rng, start, soup.portions)  # at least 1 each: full
    moment = start + timedelta(hours=5)
    for name in ("Ahmed", "Priya", "Wim"):
        moment += timedelta(minutes=20)
        _order(session, soup.id, people[name], 1, moment, waiting=True)
    first = session.exec(select(MealOrder).where(MealOrder.meal_id == soup.id,
                                                 MealOrder.status == OrderStatus.ORDERED.value)
                         .order_by(MealOrder.created_at)).first()
    assert first is not None
    cancel_order(session, order_id=first.id, member_id=first.member_id, now=moment + timedelta(hours=2))
    # A waiting list that lapsed: Stamppot was sold out when Wim asked.
    _order(session, stamppot.id, people["Wim"], 1, local_moment(stamppot.day, time(9)), waiting=True)
    for meal in (old, couscous, stamppot):
        _pick_up(session, meal, people, rng, one_missed=meal is couscous)
    cancel_meal(session, meal_id=pancakes.id, asking_id=people["Femke"],
                now=local_moment(pancakes.day - timedelta(days=1), time(9)))
    purge_meal_diet_data(session, now=local_moment(today, time(3)))  # the daily retention run of this morning
    result.counts[QT_TRANSLATE_NOOP("cli", "meals")] = len(meals)
    result.counts[QT_TRANSLATE_NOOP("cli", "meal orders")] = len(session.exec(select(MealOrder.id)).all())
